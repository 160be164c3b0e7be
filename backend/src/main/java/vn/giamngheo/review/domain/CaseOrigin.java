package vn.giamngheo.review.domain;

/** Why a household is reviewed: it was on the poor or near-poor list, or it filed a request (Form 01). */
public enum CaseOrigin {
    LIST, APPLICATION
}
