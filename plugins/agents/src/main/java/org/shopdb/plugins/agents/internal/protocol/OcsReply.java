package org.shopdb.plugins.agents.internal.protocol;

import java.nio.charset.StandardCharsets;

/**
 * The server's side of the OCS protocol. To a {@code PROLOG} ShopDB answers
 * {@code RESPONSE=SEND} (take an inventory now) and {@code PROLOG_FREQ} (hours until the agent
 * asks again); to an {@code INVENTORY}, {@code RESPONSE=no_account_update} as OCS servers do.
 * The agent only checks that the answer is a {@code REPLY}.
 */
public final class OcsReply {

    private OcsReply() {
    }

    public static byte[] prolog(int prologFrequencyHours) {
        return xml("  <RESPONSE>SEND</RESPONSE>\n  <PROLOG_FREQ>" + prologFrequencyHours + "</PROLOG_FREQ>\n");
    }

    public static byte[] inventoryAccepted() {
        return xml("  <RESPONSE>no_account_update</RESPONSE>\n");
    }

    private static byte[] xml(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<REPLY>\n" + body + "</REPLY>\n").getBytes(StandardCharsets.UTF_8);
    }
}
