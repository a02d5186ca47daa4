package org.ecstatic.spring.boot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The application the tests start on a real embedded Tomcat: one Thymeleaf page at {@code /}. */
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

        @GetMapping("/typo")
        String typo() {
            return "typo";
        }
    }
}
