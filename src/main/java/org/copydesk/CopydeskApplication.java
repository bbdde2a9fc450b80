package org.copydesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CopydeskApplication {
    public static void main(String[] args) {
        SpringApplication.run(CopydeskApplication.class, args);
    }
}
