package vn.giamngheo.benefit.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.benefit.domain.EligibilityStatus;
import vn.giamngheo.benefit.domain.Learner;
import vn.giamngheo.benefit.domain.Target;
import vn.giamngheo.benefit.domain.Validity;

@Schema(name = "BenefitRule", requiredProperties = {"code", "legalCitation", "validFrom", "target", "statuses", "requiresDisability",
        "requiresEthnicMinority", "derived", "provincialTopUpPercent", "validity", "oncePerPerson", "priority", "terms", "unconfirmed"},
        description = "One rule of a program's pack: who is granted, what, for how long, and the legal text it comes from.")
public record BenefitRuleDto(
        @Schema(examples = "HI_NEAR_POOR") String code,
        @Schema(examples = "Nghị định 146/2018/NĐ-CP, Điều 4") String legalCitation,
        LocalDate validFrom,
        LocalDate validTo,
        Target target,
        @Schema(description = "Household standings that qualify; RECENTLY_ESCAPED = on neither list now and left one within escapeWindowMonths")
        List<EligibilityStatus> statuses,
        @Schema(description = "Youngest age, in whole years on the day of computation", examples = "15") Integer minAgeYears,
        @Schema(description = "Granted until the day before this birthday", examples = "16") Integer maxAgeYears,
        @Schema(description = "PUPIL: attends and has not finished upper secondary; STUDENT: attends after finishing it") Learner learner,
        boolean requiresDisability,
        boolean requiresEthnicMinority,
        @Schema(description = "false when the registry holds no fact to decide it (pregnancy): listed, never computed") boolean derived,
        @Schema(description = "State share (of a premium, of tuition)", examples = "70") BigDecimal supportRatePercent,
        @Schema(description = "Provincial top-up added to the state share", examples = "0") BigDecimal provincialTopUpPercent,
        @Schema(examples = "100000000") Long amountCapVnd,
        @Schema(examples = "150000") Long monthlyAmountVnd,
        @Schema(examples = "6.6") BigDecimal interestRatePercent,
        @Schema(examples = "36") Integer escapeWindowMonths,
        Validity validity,
        boolean oncePerPerson,
        @Schema(description = "Where several rules of a program apply, the lowest wins", examples = "1") int priority,
        @Schema(description = "Further named terms (meals per day, travel, loan terms)", examples = "{\"mealsVndPerDay\": 30000}")
        Map<String, Object> terms,
        String note,
        @Schema(description = "Values the legal sources did not confirm: editable data, shown with a caution",
                examples = "[\"provincialTopUpPercent\"]") List<String> unconfirmed) {
}
