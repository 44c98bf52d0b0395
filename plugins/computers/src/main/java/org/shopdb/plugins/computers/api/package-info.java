/**
 * What other plugins may know of the computers plugin: the {@link ComputerDirectory}, which
 * finds a computer by the identity an inventory reports (hardware UUID, serial number,
 * hostname). The applications plugin imports it, so it resolves only where computers is
 * installed. Everything else of the plugin is internal.
 */
@Export
@Version("1.0.0")
package org.shopdb.plugins.computers.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
