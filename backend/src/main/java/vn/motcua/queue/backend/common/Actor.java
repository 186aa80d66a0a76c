package vn.motcua.queue.backend.common;

import jakarta.enterprise.context.RequestScoped;

/**
 * The staff member acting in this request, as written to the ticket event log. Staff authentication
 * (its own issue) fills this in; until then every staff call is "staff".
 */
@RequestScoped
public class Actor {

    public String name() {
        return "staff";
    }
}
