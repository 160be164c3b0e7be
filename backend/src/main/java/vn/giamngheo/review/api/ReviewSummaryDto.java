package vn.giamngheo.review.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.review.domain.Transition;

@Schema(name = "ReviewSummary", requiredProperties = {"cycleId", "year", "provisional", "targetChangePp", "communes", "district"},
        description = "Counts and rates per commune at the start and end of the cycle, the change in percentage points against "
                + "the plan's target, and the status transitions")
public record ReviewSummaryDto(
        UUID cycleId,
        int year,
        @Schema(description = "True until the district consolidates: end figures count decided communes only") boolean provisional,
        @Schema(description = "The plan's yearly change of the poverty rate", examples = "-0.6") double targetChangePp,
        List<Row> communes,
        Row district) {

    @Schema(name = "ReviewSummaryRow", requiredProperties = {"areaCode", "areaName", "households", "poorStart", "nearPoorStart", "poorEnd",
            "nearPoorEnd", "poorRateStart", "poorRateEnd", "nearPoorRateStart", "nearPoorRateEnd", "poorRateChangePp", "meetsTarget",
            "decided", "transitions"})
    public record Row(
            String areaCode,
            String areaName,
            long households,
            long poorStart,
            long nearPoorStart,
            long poorEnd,
            long nearPoorEnd,
            @Schema(examples = "3.12") double poorRateStart,
            double poorRateEnd,
            double nearPoorRateStart,
            double nearPoorRateEnd,
            @Schema(examples = "-0.71") double poorRateChangePp,
            boolean meetsTarget,
            @Schema(description = "The commune has decided (end figures are final for it)") boolean decided,
            Map<Transition, Long> transitions) {
    }
}
