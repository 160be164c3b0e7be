package vn.giamngheo.benefit.domain;

import java.util.List;

/** A program of the plan with its rule pack; activities (legal aid, information access) have no rules. */
public record BenefitProgram(String code, ProgramKind kind, String nameVi, String nameEn, String leadUnit, String legalCitation,
                             String note, List<BenefitRule> rules) {
}
