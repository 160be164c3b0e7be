package vn.giamngheo.partner.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "giamngheo.partner")
public interface PartnerConfig {
    /** Calls each partner client may make per minute (per replica), reads and writes together. */
    @WithDefault("120")
    int requestsPerMinute();
}
