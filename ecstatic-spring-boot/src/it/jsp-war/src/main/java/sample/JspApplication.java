package sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.support.SpringBootServletInitializer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Runs with java -jar (embedded Tomcat), and as a WAR on a standalone Tomcat (the servlet initializer). */
@SpringBootApplication
public class JspApplication extends SpringBootServletInitializer {
    public static void main(String[] args) {
        SpringApplication.run(JspApplication.class, args);
    }

    @Override
    protected SpringApplicationBuilder configure(SpringApplicationBuilder application) {
        return application.sources(JspApplication.class);
    }

    @Controller
    static class Pages {
        @GetMapping("/")
        String index() {
            return "index";
        }
    }
}
