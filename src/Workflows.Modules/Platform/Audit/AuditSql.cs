namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>
/// SQL the model cannot express; migrations call these with <c>migrationBuilder.Sql</c>. The triggers make the
/// audit log append-only for every role that does not switch triggers off (only a superuser or the table owner
/// can), and the hash chain catches whoever does.
/// </summary>
public static class AuditSql
{
    public const string Table = "astra.audit_log";

    public const string CreateAppendOnlyTriggers = """
        CREATE OR REPLACE FUNCTION astra.audit_log_refuse_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'astra.audit_log is append-only: % refused', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END;
        $$;

        CREATE TRIGGER audit_log_no_update_or_delete
            BEFORE UPDATE OR DELETE ON astra.audit_log
            FOR EACH ROW EXECUTE FUNCTION astra.audit_log_refuse_change();

        CREATE TRIGGER audit_log_no_truncate
            BEFORE TRUNCATE ON astra.audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION astra.audit_log_refuse_change();
        """;

    public const string DropAppendOnlyTriggers = """
        DROP TRIGGER IF EXISTS audit_log_no_truncate ON astra.audit_log;
        DROP TRIGGER IF EXISTS audit_log_no_update_or_delete ON astra.audit_log;
        DROP FUNCTION IF EXISTS astra.audit_log_refuse_change();
        """;

    /// <summary>
    /// Empties the log for test resets only; run it inside a transaction as a superuser. Replica mode skips
    /// ordinary triggers and needs superuser rights; the runtime role has no TRUNCATE on the table either.
    /// </summary>
    public const string TruncateForTests = """
        SET LOCAL session_replication_role = replica;
        TRUNCATE astra.audit_log RESTART IDENTITY;
        """;
}
