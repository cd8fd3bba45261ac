package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.palermo.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accessibility checks of {@link UsingTheConsoleWithAKeyboardAndALaptopScreenBrowserIT} (labelled controls,
 * WCAG AA contrast, no sideways scrolling at 1366x768) on the network, alerts, audit and admin pages, and the
 * graph explored from the keyboard alone.
 */
class NetworkAlertAuditAdminPagesAccessibilityBrowserIT extends BrowserTest {

    @Autowired JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    @SuppressWarnings("unchecked")
    private void checkPage(String path, By ready) {
        open(path);
        waitFor(ready);
        screenshot(path.replaceAll("[^a-z0-9]+", "-"));
        assertThat((List<String>) js().executeScript(UsingTheConsoleWithAKeyboardAndALaptopScreenBrowserIT.UNLABELLED))
                .as("controls without a label on " + path).isEmpty();
        assertThat((List<String>) js().executeScript(UsingTheConsoleWithAKeyboardAndALaptopScreenBrowserIT.LOW_CONTRAST))
                .as("text below WCAG AA contrast on " + path).isEmpty();
        Long overflow = (Long) js().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("sideways scrolling on " + path + " at 1366x768").isLessThanOrEqualTo(0L);
    }

    private String network() {
        List<Long> ids = ingest("""
                [{"id": "a-%1$s", "title": "Checked", "body": "urgent, ask for Nina phone:1555444%2$s", "city": "Ayr",
                  "posted_at": "2026-05-01"},
                 {"id": "b-%1$s", "title": "Checked", "body": "calm phone:1555444%2$s", "city": "Troon",
                  "posted_at": "2026-05-03"}]""".formatted(run, Math.abs(run.hashCode() % 9000) + 1000));
        return jdbc.sql("SELECT network_id FROM ad_links WHERE ad_id = :id").param("id", ids.get(0))
                .query(String.class).single();
    }

    @Test
    void networkAndAlertPagesPassTheChecks() {
        String network = network();
        signInAs(Role.ANALYST);
        checkPage("/console/networks", By.cssSelector("main table"));
        checkPage("/console/networks/" + network, By.cssSelector("#graph-edges li"));
        checkPage("/console/alerts", By.id("ss-name"));
    }

    @Test
    void auditAndAdminPagesPassTheChecks() {
        signInAs(Role.AUDITOR);
        checkPage("/console/audit?verify=true", By.id("audit-records"));
        browser.findElement(By.cssSelector(".signout button")).click();
        signInAs(Role.ADMIN);
        checkPage("/console/admin", By.id("users"));
    }

    @Test
    void theGraphIsExploredWithTheKeyboardAlone() {
        String network = network();
        signInAs(Role.SUPERVISOR);
        open("/console/networks/" + network);
        waitFor(By.cssSelector("#graph-edges li"));
        int before = browser.findElements(By.cssSelector("#graph [data-node]")).size();

        // Tab until an ad node of the graph has the focus, then Enter
        String focused = "";
        for (int i = 0; i < 60 && !focused.startsWith("a"); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            focused = String.valueOf(js().executeScript(
                    "return document.activeElement.getAttribute('data-node') || ''"));
        }
        assertThat(focused).as("an ad node reached with Tab").startsWith("a");
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        waitUntilText(By.id("graph-node-link"), "Open ad");
        screenshot("keyboard-expanded");
        assertThat(browser.findElement(By.cssSelector(".graph-status")).getText()).contains("neighbour(s) shown");
        assertThat(browser.findElements(By.cssSelector("#graph [data-node]")).size()).isGreaterThanOrEqualTo(before);
    }
}
