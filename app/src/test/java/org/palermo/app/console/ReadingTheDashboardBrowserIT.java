package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.palermo.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReadingTheDashboardBrowserIT extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theDashboardShowsTodaysIngestTheRiskiestAdsAndTheNetworkThatGrew() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String phone = "1555" + (2_000_000 + ThreadLocalRandom.current().nextInt(7_000_000));
        StringBuilder ads = new StringBuilder("[");
        for (int i = 0; i < 8; i++) {
            ads.append(i == 0 ? "" : ",").append("""
                    {"id": "d%d-%s", "title": "Dashboard %s %d", "body": "urgent, new girls every week phone:%s",
                     "city": "Dashville"}""".formatted(i, tag, tag, i, phone));
        }
        List<Long> ids = ingest(ads.append("]").toString());
        String network = jdbc.sql("SELECT network_id FROM ad_links WHERE ad_id = :id").param("id", ids.get(0))
                .query(String.class).single();
        signInAs(Role.SUPERVISOR);

        waitFor(By.id("volume"));
        screenshot("dashboard");

        WebElement today = browser.findElements(By.cssSelector("#volume rect.bar")).get(DashboardController.DAYS - 1);
        assertThat(Long.parseLong(today.findElement(By.tagName("title")).getAttribute("textContent")
                .replaceAll(".*: (\\d+) ads", "$1"))).isGreaterThanOrEqualTo(8);
        assertThat(browser.findElement(By.id("high-risk")).getText()).contains("Dashboard " + tag + " 7");
        assertThat(browser.findElement(By.id("growing")).getText()).contains(network + " +8 8")
                .doesNotContain("No network gained ads lately");
        assertThat(browser.findElement(By.id("alerts-h")).getText()).isEqualTo("New alerts");
    }

    @Test
    void anAdministratorSeesNoAdDataOnTheDashboard() {
        signInAs(Role.ADMIN);

        waitFor(By.cssSelector("main h1"));
        assertThat(browser.findElements(By.id("volume"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("Admin").doesNotContain("Search");
    }
}
