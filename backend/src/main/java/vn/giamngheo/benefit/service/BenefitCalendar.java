package vn.giamngheo.benefit.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today in Vietnam, the day entitlements are judged on; one bean so that tests can move it. */
@ApplicationScoped
public class BenefitCalendar {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
