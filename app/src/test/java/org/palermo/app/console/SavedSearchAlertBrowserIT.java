package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.palermo.app.alerts.AlertEvaluation;
import org.palermo.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** An analyst saves a search in the console; a partner then ingests a matching ad; the analyst sees the alert. */
class SavedSearchAlertBrowserIT extends BrowserTest {

    @Autowired AlertEvaluation evaluation;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String city = "Bristol-" + run;

    @Test
    void aSavedSearchAlertsItsOwnerWhenAMatchingAdIsIngested() throws Exception {
        signInAs(Role.ANALYST);
        open("/console/search");
        waitFor(By.id("q")).sendKeys("urgent");
        browser.findElement(By.id("city")).sendKeys(city);
        new Select(browser.findElement(By.id("band"))).selectByValue("high");
        browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        waitFor(By.id("save-search")).click();

        // the alerts page's form comes filled with the search's filters; the analyst names it
        assertThat(waitFor(By.id("ss-city")).getAttribute("value")).isEqualTo(city);
        assertThat(browser.findElement(By.id("ss-q")).getAttribute("value")).isEqualTo("urgent");
        browser.findElement(By.id("ss-name")).sendKeys("Urgent in " + city);
        screenshot("search-filled");
        browser.findElement(By.cssSelector("form[action$='/console/alerts/searches'] button[type=submit]")).click();

        waitUntilText(By.cssSelector("[role=status]"), "Saved");
        assertThat(browser.findElement(By.id("saved-searches")).getText()).contains("Urgent in " + city)
                .contains("city=" + city).contains("band=high");

        ingest("[{\"id\": \"" + run + "-1\", \"title\": \"Urgent booking, ask for Alina\", \"body\": \"urgent, "
                + "new in town\", \"city\": \"" + city + "\"}, {\"id\": \"" + run + "-2\", \"title\": \"Calm evening\","
                + " \"body\": \"nothing special\", \"city\": \"" + city + "\"}]");
        evaluation.awaitIdle(30, TimeUnit.SECONDS);

        open("/console");
        waitUntilText(By.id("dashboard-unseen"), "1 new alert");
        screenshot("dashboard-alert");
        browser.findElement(By.linkText("1 new alert")).click();

        waitFor(By.id("alerts"));
        String alerts = browser.findElement(By.id("alerts")).getText();
        assertThat(alerts).contains("Urgent booking, ask for A").doesNotContain("Alina").doesNotContain("Calm evening")
                .contains("Urgent in " + city).containsIgnoringCase("high");
        screenshot("alert-listed");

        browser.findElement(By.cssSelector("#alerts button")).click();
        waitFor(By.id("alerts"));
        assertThat(browser.findElement(By.id("alerts-list-h")).getText()).contains("(0 new)");
        assertThat(browser.findElement(By.id("alerts")).getText()).contains("seen");
        assertThat(browser.findElement(By.cssSelector("#alerts a")).getAttribute("href")).contains("/console/ads/");
    }

    @Test
    void aSearchWithoutFiltersIsRefusedWithTheReason() {
        signInAs(Role.SUPERVISOR);
        open("/console/alerts");
        waitFor(By.id("ss-name")).sendKeys("everything");
        browser.findElement(By.cssSelector("form[action$='/console/alerts/searches'] button[type=submit]")).click();

        waitFor(By.id("save-errors"));
        assertThat(browser.findElement(By.id("save-errors")).getText()).contains("at least one filter");
        assertThat(browser.findElement(By.id("ss-name")).getAttribute("value")).isEqualTo("everything");
    }
}
