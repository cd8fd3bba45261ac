package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.app.security.Role;

class SearchingAdsBrowserIT extends BrowserTest {

    private List<Long> shown() {
        List<Long> ids = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#results tbody tr"))) {
            ids.add(Long.parseLong(row.getAttribute("data-ad")));
        }
        return ids;
    }

    private void fill(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Date inputs take the keys of the browser's locale (en-US: month, day, year). */
    private void date(String id, String month, String day, String year) {
        browser.findElement(By.id(id)).sendKeys(month + day + year);
    }

    /** Submits the search form and waits for the next page's results, not the ones still on screen. */
    private void submitAndWaitForNewResults() {
        List<WebElement> old = browser.findElements(By.id("results"));
        browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        if (!old.isEmpty()) {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(old.get(0)));
        }
        waitFor(By.id("results"));
    }

    @Test
    void filtersByCityBandTextAndDatesNarrowTheResults() {
        String city = "Searchtown" + UUID.randomUUID().toString().substring(0, 6);
        List<Long> ids = ingest("""
                [{"id": "a", "title": "Relaxing massage", "body": "calm and quiet", "city": "%1$s",
                  "site": "siteA", "posted_at": "2026-01-10"},
                 {"id": "b", "title": "Companionship", "body": "urgent new arrivals", "city": "%1$s",
                  "site": "siteB", "posted_at": "2026-02-10"},
                 {"id": "c", "title": "Massage studio", "body": "urgent, call today", "city": "%1$s",
                  "site": "siteA", "posted_at": "2026-03-10"}]""".formatted(city));
        signInAs(Role.ANALYST);
        open("/console/search");

        fill("city", city);
        submitAndWaitForNewResults();
        assertThat(shown()).containsExactly(ids.get(2), ids.get(1), ids.get(0));

        new Select(browser.findElement(By.id("band"))).selectByValue("high");
        fill("q", "massage");
        submitAndWaitForNewResults();
        screenshot("city-band-text");
        assertThat(shown()).containsExactly(ids.get(2));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("massage");

        open("/console/search?city=" + city);
        date("from", "02", "01", "2026");
        date("to", "02", "10", "2026");
        submitAndWaitForNewResults();
        screenshot("date-range");
        assertThat(shown()).as("'to' includes its whole day").containsExactly(ids.get(1));

        browser.findElement(By.cssSelector("#results a")).click();
        waitFor(By.id("ad-text"));
        assertThat(browser.findElement(By.id("ad-title")).getText()).isEqualTo("Companionship");
    }

    @Test
    void resultsComeAPageAtATime() {
        String city = "Pagetown" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder ads = new StringBuilder("[");
        for (int i = 0; i < SearchController.PAGE_SIZE + 2; i++) {
            ads.append(i == 0 ? "" : ",").append("{\"id\": \"p").append(i).append("\", \"title\": \"Ad ").append(i)
                    .append("\", \"body\": \"quiet\", \"city\": \"").append(city).append("\"}");
        }
        List<Long> ids = ingest(ads.append("]").toString());
        signInAs(Role.CASEWORKER);

        open("/console/search?city=" + city);
        waitFor(By.id("results"));
        assertThat(shown()).hasSize(SearchController.PAGE_SIZE).first().isEqualTo(ids.get(ids.size() - 1));
        browser.findElement(By.id("next-page")).click();
        waitFor(By.id("previous-page"));
        screenshot("second-page");

        assertThat(shown()).containsExactly(ids.get(1), ids.get(0));
        assertThat(browser.findElements(By.id("next-page"))).isEmpty();
    }

    @Test
    void aBadDateIsExplainedInsteadOfSearching() {
        signInAs(Role.ANALYST);

        open("/console/search?from=2026-13-45");

        assertThat(waitFor(By.id("search-errors")).getText()).contains("From must be a date");
        assertThat(browser.findElements(By.id("results"))).isEmpty();
    }
}
