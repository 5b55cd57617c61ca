package ru.nastavnik.pairing.matching;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the matching rules and the matchers available to the process delegates. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchingProperties.class)
public class MatchingConfiguration {

  @Bean
  MatchingRules matchingRules(MatchingProperties properties) {
    return properties.toRules();
  }

  @Bean
  PairMatcher pairMatcher(MatchingRules rules) {
    return new PairMatcher(rules);
  }

  @Bean
  GreedyMatcher greedyMatcher(MatchingRules rules) {
    return new GreedyMatcher(rules);
  }
}
