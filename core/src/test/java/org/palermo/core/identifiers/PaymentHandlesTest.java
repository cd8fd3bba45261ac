package org.palermo.core.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.core.identifiers.Extraction.values;

import org.junit.jupiter.api.Test;

class PaymentHandlesTest {

    @Test
    void cashtagIsACashAppHandle() {
        assertThat(values("deposit to $JaneD first", IdentifierType.PAYMENT)).containsExactly("cashapp:janed");
        assertThat(values("cashapp $JaneD", IdentifierType.PAYMENT)).containsExactly("cashapp:janed");
        assertThat(values("cash app: janed", IdentifierType.PAYMENT)).containsExactly("cashapp:janed");
    }

    @Test
    void pricesAreNotCashtags() {
        assertThat(values("$200 hh, $ 150, $300/hr, $hr, 200$", IdentifierType.PAYMENT)).isEmpty();
    }

    @Test
    void readsVenmoPaypalAndZelle() {
        assertThat(values("venmo @jane-d", IdentifierType.PAYMENT)).containsExactly("venmo:jane-d");
        assertThat(values("paypal.me/janepay", IdentifierType.PAYMENT)).containsExactly("paypal:janepay");
        assertThat(values("zelle: jane@example.com", IdentifierType.PAYMENT)).containsExactly("zelle:jane@example.com");
        assertThat(values("zelle: jane@example.com", IdentifierType.EMAIL)).containsExactly("jane@example.com");
    }

    @Test
    void paymentWordsInSentencesAreNotHandles() {
        assertThat(values("venmo accepted, paypal only, cash app ok, zelle or cash", IdentifierType.PAYMENT)).isEmpty();
    }
}
