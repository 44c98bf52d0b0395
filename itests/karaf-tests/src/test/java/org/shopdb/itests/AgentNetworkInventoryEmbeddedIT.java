package org.shopdb.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Network device and printer inventories of the agents, on the embedded database. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AgentNetworkInventoryEmbeddedIT extends AgentNetworkInventoryContract {

    @Configuration
    public Option[] config() {
        return ShopdbDistribution.with(systemProperty(INVENTORIES).value(inventoriesPath()));
    }
}
