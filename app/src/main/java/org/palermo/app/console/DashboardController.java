package org.palermo.app.console;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.palermo.app.ads.AdFilter;
import org.palermo.app.ads.AdReads;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's start page, where a person lands after signing in. Readers of ads see ingest volume, the top of
 * the high-risk queue, growing networks and new alerts; other roles see their links only.
 */
@Controller
class DashboardController {

    static final int DAYS = 14;
    static final Duration GROWTH_WINDOW = Duration.ofDays(7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private final ConsoleStats stats;
    private final AdReads ads;

    DashboardController(ConsoleStats stats, AdReads ads) {
        this.stats = stats;
        this.ads = ads;
    }

    @GetMapping("/console")
    @PreAuthorize(Access.SIGNED_IN)
    String dashboard(Model model, Authentication caller) {
        if (Viewer.of(caller).canRead()) {
            List<ConsoleStats.DayCount> days = stats.ingestedPerDay(DAYS);
            model.addAttribute("volume", BarChart.of(days.stream().map(d -> DAY.format(d.day())).toList(),
                    days.stream().map(ConsoleStats.DayCount::ads).toList()));
            model.addAttribute("totalAds", stats.totalAds());
            model.addAttribute("highRisk", ads.search(new AdFilter(null, null, null, null, "high", null, null, true),
                    new Paging(0, 5), Actor.of(caller), "console dashboard").items());
            model.addAttribute("growing", stats.growingNetworks(GROWTH_WINDOW, 5));
        }
        return "console/dashboard";
    }
}
