package org.ecstatic.spring.boot.thymeleaf;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Set;

/** Gives templates the {@code #ecstatic} expression object, one per template run (it knows the request). */
final class EcstaticExpressionFactory implements IExpressionObjectFactory {
    static final String NAME = "ecstatic";

    @Override
    public Set<String> getAllExpressionObjectNames() {
        return Set.of(NAME);
    }

    @Override
    public Object buildObject(IExpressionContext context, String expressionObjectName) {
        if (!NAME.equals(expressionObjectName)) {
            return null;
        }
        String template = context instanceof ITemplateContext templateContext
                ? templateContext.getTemplateData().getTemplate() : null;
        return new EcstaticExpressions(TemplateUrls.of(context), template);
    }

    @Override
    public boolean isCacheable(String expressionObjectName) {
        return true;
    }
}
