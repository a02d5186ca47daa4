package org.ecstatic.spring.boot.thymeleaf;

import org.thymeleaf.model.IProcessableElementTag;

/** What asked for a URL, as a warning about a name with no hash shows it: the attribute, the template and the line. */
record AskedBy(String attribute, String value, IProcessableElementTag tag) {
    @Override
    public String toString() {
        return attribute + "=\"" + value + "\" in the template " + tag.getTemplateName() + ", line " + tag.getLine();
    }
}
