package vn.giamngheo.transfer.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.error.Problem;
import vn.giamngheo.transfer.domain.ImportFormat;
import vn.giamngheo.transfer.domain.ImportMatch;
import vn.giamngheo.transfer.domain.ImportMode;
import vn.giamngheo.transfer.domain.ImportPolicy;
import vn.giamngheo.transfer.domain.ImportState;

@Schema(name = "ImportJob", description = "An import of households with their members: its file, settings, state and progress. "
        + "A record is one household (one NDJSON line; the rows of one household in CSV or XLSX). The counts grow while the job runs.",
        requiredProperties = {"id", "format", "mode", "policy", "matchBy", "state", "fileName", "fileSize", "contentHash", "recordsRead",
                "recordsValid", "recordsInvalid", "recordsWritten", "householdsCreated", "householdsUpdated", "membersWritten",
                "requestedAt", "requestedBy"})
public record ImportJobDto(
        UUID id,
        ImportFormat format,
        ImportMode mode,
        ImportPolicy policy,
        ImportMatch matchBy,
        @Schema(description = "QUEUED → VALIDATING → VALIDATED (dry run; may be committed) | REJECTED (ALL_OR_NOTHING with invalid "
                + "records) | WRITING → DONE. CANCELLED and FAILED end a job early. A rollback of a DONE, CANCELLED or FAILED job: "
                + "ROLLING_BACK while the worker undoes the batch, then ROLLED_BACK, or back to the state it came from with "
                + "rollbackProblem when the undo was refused or failed.") ImportState state,
        @Schema(examples = "ho-ngheo-2026.csv") String fileName,
        @Schema(description = "Bytes") long fileSize,
        @Schema(description = "SHA-256 of the file, hex") String contentHash,
        @Schema(description = "Records read and checked so far") int recordsRead,
        int recordsValid,
        int recordsInvalid,
        @Schema(description = "Records written to the registry so far") int recordsWritten,
        int householdsCreated,
        int householdsUpdated,
        int membersWritten,
        @Schema(description = "Why the job failed") String error,
        Instant requestedAt,
        String requestedBy,
        Instant startedAt,
        Instant validatedAt,
        Instant finishedAt,
        Instant rolledBackAt,
        String rolledBackBy,
        @Schema(description = "When the last rollback was asked for") Instant rollbackRequestedAt,
        @Schema(description = "Who asked for the last rollback; the undo is recorded on their behalf") String rollbackRequestedBy,
        @Schema(ref = "Problem", description = "Why the last rollback was not done, as the problem a refused request answers: "
                + "BATCH_CHANGED_SINCE (with householdCodes and householdCount) or BATCH_IN_USE when the registry changed between "
                + "the request and the undo, ROLLBACK_FAILED when it stopped for another reason (an error, the time allowed, "
                + "its worker stopping again and again). Nothing was undone. Null unless the last rollback failed.")
        Problem rollbackProblem) {
}
