package org.ecstatic.spring.boot.thymeleaf;

import org.ecstatic.runtime.ModulePreload;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

import java.util.List;

/**
 * {@code <link ecstatic:modulepreload="js/app.js">} becomes one
 * {@code <link rel="modulepreload" href="/static/js/app.3f2a1b9c0d4e.js" integrity="sha256-...">} for the
 * entry module and one for every module it imports statically, directly or not, as the manifest records
 * them (breadth first, each once), so that the browser fetches the whole graph at once. Each element
 * keeps the attributes the original has; it gets {@code crossorigin="anonymous"} for a URL on another
 * origin (a CDN) and the request attribute {@code ecstatic.nonce} as its {@code nonce}, unless it has its
 * own. In dev mode only the entry is written. The value may be a Thymeleaf expression.
 */
final class ModulePreloadProcessor extends AbstractAttributeTagProcessor {
    static final String ATTRIBUTE = "modulepreload";

    ModulePreloadProcessor(String dialectPrefix) {
        super(TemplateMode.HTML, dialectPrefix, "link", false, ATTRIBUTE, true,
                StandardDialect.PROCESSOR_PRECEDENCE, true);
    }

    @Override
    protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                             String attributeValue, IElementTagStructureHandler structure) {
        String name = ElementProcessor.logicalName(context, attributeValue);
        TemplateUrls urls = TemplateUrls.of(context);
        List<ModulePreload> preloads = urls.staticUrls().modulePreloads(name,
                new AskedBy(tag.getAttribute(attributeName).getAttributeCompleteName(), attributeValue, tag));
        String nonce = urls.nonceFor(tag);
        IModelFactory factory = context.getModelFactory();
        IProcessableElementTag plain = factory.removeAttribute(tag, attributeName);
        IModel model = factory.createModel();
        for (ModulePreload preload : preloads) {
            IProcessableElementTag link = plain;
            if (!link.hasAttribute("rel")) {
                link = factory.setAttribute(link, "rel", "modulepreload");
            }
            link = factory.setAttribute(link, "href", HtmlEscape.escapeHtml4Xml(preload.url()));
            if (preload.integrity() != null && !plain.hasAttribute("integrity")) {
                link = factory.setAttribute(link, "integrity", preload.integrity());
            }
            if (urls.isCrossOrigin(preload.url()) && !plain.hasAttribute("crossorigin")) {
                link = factory.setAttribute(link, "crossorigin", "anonymous");
            }
            if (nonce != null) {
                link = factory.setAttribute(link, "nonce", HtmlEscape.escapeHtml4Xml(nonce));
            }
            model.add(link);
            if (link instanceof IOpenElementTag) {
                model.add(factory.createCloseElementTag("link"));
            }
        }
        // processable, so that what else the element holds (th:nonce, th:attr...) is processed on each copy
        structure.replaceWith(model, true);
    }
}
