package vn.giamngheo.review.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseProgress", requiredProperties = {"total", "listed", "assessed", "agreed", "returned", "disputed", "decided"},
        description = "How many of a commune's cases are in each state")
public record CaseProgressDto(long total, long listed, long assessed, long agreed, long returned, long disputed, long decided) {
}
