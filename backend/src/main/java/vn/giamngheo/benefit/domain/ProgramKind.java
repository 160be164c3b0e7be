package vn.giamngheo.benefit.domain;

/** What a program gives, which decides how it is fulfilled (a card, a loan, a course…) or that it grants nothing individual. */
public enum ProgramKind {
    HEALTH_INSURANCE, LOAN, VOCATIONAL_TRAINING, EDUCATION, NUTRITION, ACTIVITY
}
