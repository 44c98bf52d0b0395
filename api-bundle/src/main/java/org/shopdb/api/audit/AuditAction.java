package org.shopdb.api.audit;

/** What happened to the audited entity. */
public enum AuditAction { CREATED, UPDATED, DELETED }
