package vn.giamngheo.audit.domain;

/** What an audit event records: a read of personal data, a change, an export or a partner call. */
public enum AuditKind {
    READ, WRITE, EXPORT, PARTNER
}
