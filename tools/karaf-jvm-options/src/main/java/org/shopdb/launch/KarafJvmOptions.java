package org.shopdb.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The module-system options {@code bin/karaf} starts the distribution's Karaf with on Java 9 and
 * later, for harnesses that start its JVM themselves (Pax Exam's Karaf container does, without
 * them). Without the spec locator patched into {@code java.base}, Karaf's spec activator fails on
 * every bundle resolved ({@code NoClassDefFoundError: org/apache/karaf/specs/locator/OsgiLocator})
 * and the JAX-RS, XML and JAXB API bundles find their implementations otherwise than in production.
 * The jars' paths are relative to the distribution's folder, where the JVM must be started.
 */
public final class KarafJvmOptions {

    private static final String VERSION_RESOURCE = "karaf.properties";
    private static final List<String> OPENED = List.of("java.base/java.security", "java.base/java.net", "java.base/java.lang",
            "java.base/java.util", "java.naming/javax.naming.spi", "java.rmi/sun.rmi.transport.tcp");
    private static final List<String> EXPORTED = List.of("java.base/sun.net.www.protocol.file", "java.base/sun.net.www.protocol.ftp",
            "java.base/sun.net.www.protocol.http", "java.base/sun.net.www.protocol.https", "java.base/sun.net.www.protocol.jar",
            "java.base/sun.net.www.content.text", "jdk.xml.dom/org.w3c.dom.html", "jdk.naming.rmi/com.sun.jndi.url.rmi",
            "java.rmi/sun.rmi.registry", "java.security.sasl/com.sun.security.sasl", "java.naming/com.sun.jndi.ldap");

    private KarafJvmOptions() {
    }

    /** The options for the Karaf version ShopDB's distribution is built with. */
    public static List<String> ofTheDistribution() {
        return of(distributionKarafVersion());
    }

    /** The options for a distribution of Karaf {@code karafVersion}, whose endorsed jars carry that version in their names. */
    public static List<String> of(String karafVersion) {
        Stream<String> patches = Stream.of(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module=java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                "--patch-module=java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar");
        Stream<String> opened = OPENED.stream().map(target -> "--add-opens=" + target + "=ALL-UNNAMED");
        Stream<String> exported = EXPORTED.stream().map(target -> "--add-exports=" + target + "=ALL-UNNAMED");
        return Stream.of(patches, opened, exported).flatMap(options -> options).toList();
    }

    static String distributionKarafVersion() {
        try (InputStream resource = KarafJvmOptions.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (resource == null) {
                throw new IllegalStateException(VERSION_RESOURCE + " is missing next to " + KarafJvmOptions.class.getName());
            }
            Properties properties = new Properties();
            properties.load(resource);
            return properties.getProperty("karaf.version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + VERSION_RESOURCE, e);
        }
    }
}
