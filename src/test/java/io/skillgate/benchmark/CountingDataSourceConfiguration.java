package io.skillgate.benchmark;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Wraps the application's DataSource so that every statement the engine and SkillGate send is counted. */
@TestConfiguration(proxyBeanMethods = false)
public class CountingDataSourceConfiguration {

  @Bean
  static SqlCounter sqlCounter() {
    return new SqlCounter();
  }

  @Bean
  static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<SqlCounter> counter) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource ds && !name.startsWith("scopedTarget")) {
          return ProxyDataSourceBuilder.create(ds).name("counted").listener(counter.getObject()).build();
        }
        return bean;
      }
    };
  }
}
