package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.palermo.app.review.Label;
import org.palermo.app.review.Labels;
import org.palermo.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReviewingWithTheKeyboardBrowserIT extends BrowserTest {

    @Autowired Labels labels;
    @Autowired JdbcClient jdbc;

    private List<Long> twoRiskyAds() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return ingest("""
                [{"id": "q1-%1$s", "title": "Queue first %1$s", "body": "urgent, new in town phone:15550001111",
                  "city": "Queueville"},
                 {"id": "q2-%1$s", "title": "Queue second %1$s", "body": "urgent arrivals, call phone:15550002222",
                  "city": "Queueville"}]""".formatted(tag));
    }

    private WebElement activeItem() {
        return browser.switchTo().activeElement();
    }

    @Test
    void aReviewerMovesWithJAndLabelsWithTwoKeystrokesAndTheLabelIsStoredAndAudited() {
        List<Long> ids = twoRiskyAds();
        long newer = ids.get(1);
        long older = ids.get(0);
        String analyst = signInAs(Role.ANALYST);
        open("/console/queue");
        waitFor(By.id("ad-" + newer));
        screenshot("queue");
        assertThat(activeItem().getAttribute("id")).as("the first item has the focus").isEqualTo("ad-" + newer);
        assertThat(browser.findElement(By.id("ad-" + newer)).getText()).contains("TEST_URGENT");

        new Actions(browser).sendKeys("j").perform();
        assertThat(activeItem().getAttribute("id")).isEqualTo("ad-" + older);
        new Actions(browser).sendKeys("3").perform();
        screenshot("label-chosen");
        new Actions(browser).sendKeys("\n").perform();

        waitUntilText(By.cssSelector("#ad-" + older + " .result"), "Labelled LIKELY_TRAFFICKING");
        screenshot("labelled");
        List<Labels.Labelled> stored = labels.of(Labels.Subject.AD, Long.toString(older));
        assertThat(stored).singleElement().satisfies(l -> {
            assertThat(l.label()).isEqualTo(Label.LIKELY_TRAFFICKING);
            assertThat(l.reason()).isEqualTo("Third-party control indicators");
            assertThat(l.username()).isEqualTo(analyst);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'labels.create' AND actor = :actor"
                + " AND target LIKE :target").param("actor", analyst).param("target", "ad " + older + " labelled%")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(labels.of(Labels.Subject.AD, Long.toString(newer))).isEmpty();
        assertThat(browser.findElement(By.id("ad-" + older)).getAttribute("class")).contains("done");
    }

    @Test
    void aReasonCanBeWrittenInsteadOfAPresetAndLabelledAdsLeaveTheQueue() {
        List<Long> ids = twoRiskyAds();
        long newer = ids.get(1);
        signInAs(Role.SUPERVISOR);
        open("/console/queue");
        waitFor(By.id("ad-" + newer));

        new Actions(browser).sendKeys("1").perform();
        WebElement note = browser.findElement(By.id("text-ad-" + newer));
        note.sendKeys("spa listing checked by phone");
        screenshot("note-written");
        note.sendKeys("\n");

        waitUntilText(By.cssSelector("#ad-" + newer + " .result"), "Labelled NOT_TRAFFICKING");
        assertThat(labels.of(Labels.Subject.AD, Long.toString(newer))).singleElement()
                .extracting(Labels.Labelled::reason)
                .isEqualTo("Independent adult, no third-party indicators: spa listing checked by phone");
        open("/console/queue");
        waitFor(By.id("ads-h"));
        assertThat(browser.findElements(By.id("ad-" + newer))).isEmpty();
    }

    @Test
    void aCaseworkerSeesTheQueueButNoLabelControls() {
        long ad = twoRiskyAds().get(1);
        signInAs(Role.CASEWORKER);
        open("/console/queue");

        waitFor(By.id("ad-" + ad));
        assertThat(browser.findElements(By.cssSelector("form.labelform"))).isEmpty();
    }
}
