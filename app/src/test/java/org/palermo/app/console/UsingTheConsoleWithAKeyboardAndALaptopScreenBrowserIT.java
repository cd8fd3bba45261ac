package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.palermo.app.security.Role;

/**
 * Accessibility checks on every page this branch built, in the browser: each form control has a label, text
 * contrast is at least 4.5:1 (3:1 for large text, WCAG AA), the focused element shows an outline, every link and
 * control is reachable with Tab, and nothing scrolls sideways in a 1366x768 window.
 */
class UsingTheConsoleWithAKeyboardAndALaptopScreenBrowserIT extends BrowserTest {

    /** Controls without a label (a {@code <label>}, or aria-label / aria-labelledby). */
    static final String UNLABELLED = """
            return Array.from(document.querySelectorAll('input, select, textarea'))
              .filter(e => e.type !== 'hidden')
              .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
              .map(e => e.outerHTML.substring(0, 80));""";

    /** Text whose contrast with its background is below WCAG AA. */
    static final String LOW_CONTRAST = """
            function rgb(c) { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              const p = m[1].split(',').map(parseFloat); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; }
            function lum(p) { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(p[0]) + 0.7152 * f(p[1]) + 0.0722 * f(p[2]); }
            function background(e) { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
              if (c && c[3] > 0) return c; } return [255, 255, 255, 1]; }
            const bad = [];
            for (const e of document.querySelectorAll('body *')) {
              if (e.closest('svg') || !e.getClientRects().length) continue;
              const text = Array.from(e.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
              if (!text) continue;
              const s = getComputedStyle(e);
              if (s.visibility === 'hidden' || parseFloat(s.opacity) < 1) continue;
              const a = lum(rgb(s.color)), b = lum(background(e));
              const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight) >= 700;
              const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
              if (ratio < needed) bad.push(e.tagName + '.' + e.className + ' "' + text.substring(0, 30) + '" ' + ratio.toFixed(2));
            }
            return bad;""";

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    @SuppressWarnings("unchecked")
    private List<String> run(String script) {
        return (List<String>) js().executeScript(script);
    }

    private void checkPage(String path, By ready) {
        open(path);
        waitFor(ready);
        screenshot(path.replaceAll("[^a-z0-9]+", "-"));
        assertThat(run(UNLABELLED)).as("controls without a label on " + path).isEmpty();
        assertThat(run(LOW_CONTRAST)).as("text below WCAG AA contrast on " + path).isEmpty();
        Long overflow = (Long) js().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("sideways scrolling on " + path + " at 1366x768").isLessThanOrEqualTo(0L);
    }

    @Test
    void everyPageHasLabelledControlsReadableContrastAndFitsALaptopScreen() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long ad = ingest("""
                [{"id": "x-%s", "title": "Checked page", "body": "urgent, I'm Nina phone:15554445566",
                  "city": "Checkton", "site": "siteA", "posted_at": "2026-05-01"}]""".formatted(tag)).get(0);
        checkPage("/login", By.id("username"));
        signInAs(Role.ANALYST);

        checkPage("/console", By.id("volume"));
        checkPage("/console/queue", By.id("queue"));
        checkPage("/console/search?city=Checkton", By.id("results"));
        checkPage("/console/ads/" + ad, By.id("ad-text"));
    }

    @Test
    void tabReachesEveryLinkAndControlAndTheFocusIsAlwaysVisible() {
        signInAs(Role.ANALYST);
        open("/console/search");
        waitFor(By.id("search-form"));
        long focusable = (Long) js().executeScript("""
                const all = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea');
                all.forEach((e, i) => e.setAttribute('data-tab', i));
                return all.length;""");

        List<String> reached = new ArrayList<>();
        List<String> invisibleFocus = new ArrayList<>();
        // date inputs take a Tab per part (month, day, year), so allow more presses than elements
        for (int i = 0; i < focusable * 2 + 4; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            List<String> focus = run("""
                    const e = document.activeElement, s = getComputedStyle(e);
                    return [String(e.getAttribute('data-tab')), s.outlineStyle, s.outlineWidth, e.outerHTML.substring(0, 60)];""");
            reached.add(focus.get(0));
            boolean control = !"null".equals(focus.get(0));  // past the last control the focus leaves the page
            if (control && ("none".equals(focus.get(1)) || focus.get(2).startsWith("0"))) {
                invisibleFocus.add(focus.get(3));
            }
        }
        screenshot("focus");

        assertThat(invisibleFocus).as("focused elements without a visible outline").isEmpty();
        for (long i = 0; i < focusable; i++) {
            assertThat(reached).as("element data-tab=" + i + " reached with Tab").contains(Long.toString(i));
        }
        assertThat(reached.get(0)).as("the first Tab offers the skip link").isEqualTo("0");
    }
}
