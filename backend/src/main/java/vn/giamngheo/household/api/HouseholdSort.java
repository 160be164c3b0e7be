package vn.giamngheo.household.api;

/** Orders of the household list; each ends with the id as tie-breaker. */
public enum HouseholdSort {
    CODE, HEAD_NAME, UPDATED_AT_DESC
}
