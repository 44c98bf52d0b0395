package org.shopdb.core.internal.family;

import org.shopdb.api.asset.AssetService;
import org.shopdb.api.asset.AssetTypeService;
import org.shopdb.api.asset.NetworkAddressService;
import org.shopdb.api.audit.AuditService;
import org.shopdb.api.reference.ReferenceDataService;
import org.shopdb.api.search.SearchIndex;
import org.shopdb.api.tx.UnitOfWork;

/** The core services every family store writes through. */
record CoreServices(AssetService assets, AssetTypeService types, NetworkAddressService addresses, AuditService audit,
        ReferenceDataService referenceData, SearchIndex searchIndex, UnitOfWork unitOfWork, NativeSql sql) {
}
