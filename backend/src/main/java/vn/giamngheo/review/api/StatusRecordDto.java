package vn.giamngheo.review.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.review.domain.Transition;

@Schema(name = "StatusRecord", requiredProperties = {"householdId", "householdCode", "headName", "communeCode", "hamletCode", "year",
        "statusStart", "statusEnd", "transition", "standardCode", "decidedOn"},
        description = "A household's frozen status for a consolidated cycle")
public record StatusRecordDto(UUID householdId, String householdCode, String headName, String communeCode, String hamletCode, int year,
                              PovertyStatus statusStart, PovertyStatus statusEnd, Transition transition, String standardCode,
                              LocalDate decidedOn, @Schema(description = "The day it left the poor or near-poor list") LocalDate escapedOn) {
}
