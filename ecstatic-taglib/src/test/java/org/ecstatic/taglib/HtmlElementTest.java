package org.ecstatic.taglib;

import jakarta.servlet.jsp.JspException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlElementTest {
    @Nested
    class Attributes {
        @Test
        void valuesAreEscapedAndNullValuesLeftOut() {
            assertThat(HtmlElement.start("link").attribute("href", "/a.css?x=1&y='2'").attribute("integrity", null)
                    .attribute("title", "<\"b\">").selfClosed())
                    .isEqualTo("<link href=\"/a.css?x=1&amp;y=&#39;2&#39;\" title=\"&lt;&#34;b&#34;&gt;\"/>");
        }

        @Test
        void flagsAreWrittenOnlyWhenPresent() {
            assertThat(HtmlElement.start("script").flag("defer", true).flag("async", false).withEndTag("script"))
                    .isEqualTo("<script defer></script>");
        }
    }

    @Nested
    class PassedThrough {
        @Test
        void booleansBecomeFlagsAndOtherValuesText() throws JspException {
            assertThat(HtmlElement.start("script").passedThrough("nomodule", Boolean.TRUE)
                    .passedThrough("hidden", Boolean.FALSE).passedThrough("data-n", 3).passedThrough("title", null)
                    .withEndTag("script"))
                    .isEqualTo("<script nomodule data-n=\"3\"></script>");
        }

        @Test
        void aNameThatCannotBeAnAttributeIsRefused() {
            assertThatThrownBy(() -> HtmlElement.start("link").passedThrough("on\"load", "x"))
                    .isInstanceOf(JspException.class)
                    .hasMessage("'on\"load' cannot be an HTML attribute name");
        }
    }
}
