package org.ecstatic.spring.boot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The application the tests start on a real embedded Tomcat: Thymeleaf pages. */
@SpringBootApplication
public class TestApplication {
    @Controller
    static class Pages {
        @GetMapping("/")
        String index() {
            return "index";
        }

        @GetMapping("/cdn")
        String cdn(org.springframework.ui.Model model) {
            model.addAttribute("sheet", "css/site.css");
            return "cdn";
        }

        @GetMapping("/chain")
        String chain() {
            return "chain";
        }

        @GetMapping("/plain")
        String plain() {
            return "plain";
        }

        @GetMapping("/modules")
        String modules(org.springframework.ui.Model model, jakarta.servlet.http.HttpServletRequest request,
                       @org.springframework.web.bind.annotation.RequestParam(name = "nonce", required = false) String nonce) {
            if (nonce != null) {
                request.setAttribute(org.ecstatic.runtime.ImportMap.NONCE_ATTRIBUTE, nonce);
            }
            model.addAttribute("entry", "js/mod/util.js");
            return "modules";
        }

        @GetMapping({"/module-typo", "/importmap-typo"})
        String moduleTypo(jakarta.servlet.http.HttpServletRequest request) {
            return request.getRequestURI().substring(1);
        }

        @GetMapping("/typo")
        String typo() {
            return "typo";
        }
    }
}
