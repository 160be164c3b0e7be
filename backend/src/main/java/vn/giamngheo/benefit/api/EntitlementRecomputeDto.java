package vn.giamngheo.benefit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.benefit.domain.RecomputeState;
import vn.giamngheo.benefit.domain.RecomputeTrigger;

@Schema(name = "EntitlementRecompute", requiredProperties = {"id", "state", "trigger", "referenceDate", "requestedBy", "requestedAt",
        "householdsProcessed", "created", "changed", "ended"},
        description = "A recompute of every household's entitlements from the rule packs, as a background job: households are "
                + "taken in key order, a chunk per transaction, so a job interrupted by a restart resumes after the last chunk "
                + "committed. Entitlements whose validity ended on the reference date are expired with their reason (never "
                + "deleted), new ones are granted, and changed terms are updated. Counts grow while the job is RUNNING.")
public record EntitlementRecomputeDto(
        UUID id,
        @Schema(examples = "RUNNING") RecomputeState state,
        @Schema(description = "REQUESTED by a district officer, or NIGHTLY (the daily sweep)", examples = "REQUESTED") RecomputeTrigger trigger,
        @Schema(description = "The day whose nightly sweep this is; null for a requested job", examples = "2026-11-26") LocalDate sweepDay,
        @Schema(description = "Validity, ages and escape windows are judged on this date (the day in Vietnam of the request)",
                examples = "2026-11-26") LocalDate referenceDate,
        @Schema(description = "Who asked for it; nightly-sweep for the sweep", examples = "huyen.lan") String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Seconds from start to finish, or to now while running; null until started", examples = "41.7") Double elapsedSeconds,
        @Schema(description = "Households in the registry when the job started; null until then", examples = "285000") Integer householdsTotal,
        @Schema(examples = "120000") int householdsProcessed,
        @Schema(description = "Entitlements granted so far", examples = "16250") int created,
        @Schema(description = "Live entitlements whose terms (end of validity, rate, amounts) changed", examples = "12") int changed,
        @Schema(description = "Entitlements ended so far (EXPIRED, with their reason)", examples = "3410") int ended,
        @Schema(description = "Why the job failed") String error) {
}
