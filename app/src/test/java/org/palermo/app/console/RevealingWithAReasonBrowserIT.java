package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.palermo.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RevealingWithAReasonBrowserIT extends BrowserTest {

    @Autowired JdbcClient jdbc;

    private long adWithAPhoneAndAName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return ingest("""
                [{"id": "r-%s", "title": "New in town", "body": "Hi, my name is Lola. urgent, call phone:15553337788",
                  "city": "Revealton"}]""".formatted(tag)).get(0);
    }

    private String identifierValue() {
        return browser.findElement(By.cssSelector("#identifiers .identifier-value")).getText();
    }

    @Test
    void theAdPageShowsPersonalDataMaskedAndIndicatorsHighlightedWithTheirWeight() {
        long ad = adWithAPhoneAndAName();
        signInAs(Role.ANALYST);

        open("/console/ads/" + ad);
        waitFor(By.id("ad-text"));
        screenshot("masked");

        assertThat(identifierValue()).isEqualTo("+1555•••••88");
        assertThat(browser.getPageSource()).doesNotContain("5553337788", "Lola");
        assertThat(browser.findElement(By.id("ad-text")).getText()).contains("my name is L•••");
        WebElement mark = browser.findElement(By.cssSelector("#ad-text mark.indicator"));
        assertThat(mark.getText()).isEqualTo("urgent");
        assertThat(mark.getAttribute("title")).contains("TEST_URGENT", "weight 1.00", "evidence moderate",
                "source rulebook test-rulebook-1");
        assertThat(browser.findElement(By.cssSelector("#identifiers")).getText()).doesNotContain("was obfuscated");
        assertThat(browser.findElement(By.id("network-link")).getAttribute("href")).matches(".*/console/networks/n\\d+");
    }

    @Test
    void revealingNeedsAReasonShowsTheClearValuesOnceAndIsAudited() {
        long ad = adWithAPhoneAndAName();
        String analyst = signInAs(Role.ANALYST);
        open("/console/ads/" + ad);
        waitFor(By.id("reveal-form"));

        WebElement reason = browser.findElement(By.id("reveal-reason"));
        reason.sendKeys("short");
        browser.findElement(By.cssSelector("#reveal-form button")).click();
        screenshot("too-short");
        assertThat(browser.findElements(By.id("revealed"))).as("the browser refuses a reason under the minimum")
                .isEmpty();
        assertThat(identifierValue()).isEqualTo("+1555•••••88");

        reason = browser.findElement(By.id("reveal-reason"));
        reason.clear();
        reason.sendKeys("case 2026-207: caller gave this number");
        browser.findElement(By.cssSelector("#reveal-form button")).click();
        waitFor(By.id("revealed"));
        screenshot("revealed");

        assertThat(identifierValue()).isEqualTo("+15553337788");
        assertThat(browser.findElement(By.id("ad-text")).getText()).contains("my name is Lola");
        Map<String, Object> record = jdbc.sql("SELECT actor, target, reason FROM audit_log"
                        + " WHERE action = 'ads.reveal' AND target LIKE :target")
                .param("target", "ad " + ad + " %").query().singleRow();
        assertThat(record).containsEntry("actor", analyst)
                .containsEntry("reason", "case 2026-207: caller gave this number");
        assertThat((String) record.get("target")).contains("phone:+1555•••••88", "1 name(s)");

        open("/console/ads/" + ad);
        waitFor(By.id("ad-text"));
        assertThat(identifierValue()).as("masked again on the next view").isEqualTo("+1555•••••88");
    }

    @Test
    void aReasonTooShortForTheServerIsRefusedWithAMessage() {
        long ad = adWithAPhoneAndAName();
        signInAs(Role.CASEWORKER);
        open("/console/ads/" + ad);
        waitFor(By.id("reveal-form"));
        // the browser's own minlength check passes over blanks; the server trims them and refuses
        browser.findElement(By.id("reveal-reason")).sendKeys("why          ");
        browser.findElement(By.cssSelector("#reveal-form button")).click();

        assertThat(waitFor(By.id("reveal-error")).getText()).contains("at least 10 characters");
        assertThat(identifierValue()).isEqualTo("+1555•••••88");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ads.reveal' AND target LIKE :target")
                .param("target", "ad " + ad + " %").query(Long.class).single()).isZero();
    }
}
