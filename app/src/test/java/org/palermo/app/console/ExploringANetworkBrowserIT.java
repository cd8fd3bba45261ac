package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An analyst opens a network, expands it node by node, reads why ads are linked, and sees where it moved. */
class ExploringANetworkBrowserIT extends BrowserTest {

    @Autowired JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String city = "Leeds-" + run;

    /** Four ads: three share one phone (two in a fresh city, one later in York), the fourth shares a second phone. */
    String ingestNetwork() throws Exception {
        String text = "Relaxing companionship and massage downtown, friendly and discreet, call any day this week";
        List<Long> ids = ingest("[" + String.join(",",
                ad("n1", city, "2026-03-01T10:00:00Z", text + " ask for Alina phone:15550101" + digits()),
                ad("n2", city, "2026-03-04T10:00:00Z", "New in town tonight phone:15550101" + digits()),
                ad("n3", "York", "2026-03-12T10:00:00Z", "Visiting York this weekend phone:15550101" + digits()
                        + " phone:15550202" + digits()),
                ad("n4", "York", "2026-03-14T10:00:00Z", "Quiet place phone:15550202" + digits())) + "]");
        return jdbc.sql("SELECT network_id FROM ad_links WHERE ad_id = :id").param("id", ids.get(0))
                .query(String.class).single();
    }

    private String digits() {
        return String.valueOf(Math.abs(run.hashCode() % 1000)).formatted();
    }

    String ad(String id, String city, String postedAt, String body) {
        return """
                {"id": "%s-%s", "title": "Ad", "body": "%s", "city": "%s", "posted_at": "%s"}"""
                .formatted(run, id, body, city, postedAt);
    }

    List<WebElement> nodes() {
        return browser.findElements(By.cssSelector("#graph [data-node]"));
    }

    @Test
    void anAnalystExpandsANetworkNodeByNodeAndSeesWhyAdsAreLinked() throws Exception {
        String network = ingestNetwork();
        signInAs(Role.ANALYST);

        open("/console/networks?city=" + city);
        waitFor(By.linkText(network)).click(); // the list can come after the load event on a busy machine
        waitFor(By.cssSelector("#graph-edges li"));
        screenshot("network-opened");

        // the start is the most connected phone, with its three ads; not the whole network
        assertThat(nodes()).hasSize(4);
        String reasons = browser.findElement(By.id("graph-edges")).getText();
        assertThat(reasons).contains("both ads carry phone:+1555").contains("\u2022");
        assertThat(browser.getPageSource()).doesNotContain("15550101" + digits());
        assertThat(browser.findElement(By.id("graph")).getText()).contains(city + " · 2026-03-01");

        // expand the York ad from the keyboard: its second phone appears, with the edge's reason
        WebElement york = nodes().stream().filter(n -> n.getAttribute("aria-label").contains("(ad)"))
                .reduce((a, b) -> b).orElseThrow();
        york.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> nodes().size() > 4);
        screenshot("node-expanded");
        assertThat(browser.findElements(By.cssSelector("#graph-edges li")).size()).isGreaterThan(3);

        String timeline = browser.findElement(By.cssSelector(".timeline")).getText();
        assertThat(timeline).contains(city).contains("York").contains("2026-03-01 to 2026-03-04");
        assertThat(timeline.indexOf(city)).isLessThan(timeline.indexOf("York"));
        assertThat(browser.findElement(By.id("risk-h")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#edges-h ~ table tbody tr"))).hasSize(3);
    }
}
