package org.ecstatic.taglib;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTest {
    @Test
    void textWithoutSpecialCharactersIsReturnedAsIs() {
        String text = "/static/css/site.383b7421d1db.css";
        assertThat(Xml.escape(text)).isSameAs(text);
    }

    @Test
    void eachSpecialCharacterBecomesAnEntity() {
        assertThat(Xml.escape("&<>\"'")).isEqualTo("&amp;&lt;&gt;&#34;&#39;");
    }
}
