package vn.giamngheo.partner.service;

/** A partner write's answer as first given: its status and JSON body; replayed when the same key and body come again. */
public record Answer(int status, String body, boolean replayed) {
}
