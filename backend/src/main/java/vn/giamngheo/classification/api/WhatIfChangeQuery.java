package vn.giamngheo.classification.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.giamngheo.classification.domain.PovertyStatus;

public class WhatIfChangeQuery {
    @QueryParam("communeCode") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code")
    @Parameter(description = "Only this commune (within the caller's area)", example = "29956")
    public String communeCode;

    @QueryParam("fromStatus")
    @Parameter(description = "Only households with this current status", example = "NOT_POOR")
    public PovertyStatus fromStatus;

    @QueryParam("toStatus")
    @Parameter(description = "Only households with this status under the run's standard", example = "NEAR_POOR")
    public PovertyStatus toStatus;
}
