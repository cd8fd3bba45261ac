package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.core.identifiers.Extraction.values;

import org.junit.jupiter.api.Test;

class WebLinksTest {

    @Test
    void readsLinksWithAndWithoutScheme() {
        assertThat(values("see https://www.Example.com/Profile/ and http://site.net/a?b=1#c", IdentifierType.URL))
                .containsExactly("example.com/profile", "site.net/a");
        assertThat(values("see www.example.org or example.co.uk/pics.", IdentifierType.URL))
                .containsExactly("example.org", "example.co.uk/pics");
    }

    @Test
    void specialUseDomainsOfDocumentationAndTestsAreLinks() {
        assertThat(values("book at velvetrose1q3r.example today", IdentifierType.URL))
                .containsExactly("velvetrose1q3r.example");
    }

    @Test
    void numbersAbbreviationsAndFileNamesAreNotLinks() {
        assertThat(values("5.6 ft, e.g. this, i.e. that, a.m., pic.jpg, $12.50", IdentifierType.URL)).isEmpty();
    }

    @Test
    void profileLinksOnPlatformsBecomeHandles() {
        assertThat(values("onlyfans.com/jane_d", IdentifierType.HANDLE)).containsExactly("onlyfans:jane_d");
        assertThat(values("https://instagram.com/jane.d/", IdentifierType.HANDLE)).containsExactly("instagram:jane.d");
        assertThat(values("snapchat.com/add/janed", IdentifierType.HANDLE)).containsExactly("snapchat:janed");
        assertThat(values("t.me/jane_tg", IdentifierType.HANDLE)).containsExactly("telegram:jane_tg");
        assertThat(values("paypal.me/janepay", IdentifierType.PAYMENT)).containsExactly("paypal:janepay");
        assertThat(values("cash.app/$JaneD", IdentifierType.PAYMENT)).containsExactly("cashapp:janed");
        assertThat(values("onlyfans.com/jane_d", IdentifierType.URL)).isEmpty();
    }
}
