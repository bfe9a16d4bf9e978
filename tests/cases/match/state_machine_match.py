def vending(events):
    state = "idle"
    credit = 0
    log = []
    for ev in events:
        match (state, ev):
            case ("idle", ("coin", n)):
                credit += n
                state = "has_credit"
            case ("has_credit", ("coin", n)):
                credit += n
            case ("has_credit", ("select", price)) if credit >= price:
                credit -= price
                log.append("vend, change %d" % credit)
                credit = 0
                state = "idle"
            case ("has_credit", ("select", price)):
                log.append("need %d more" % (price - credit))
            case (_, "refund"):
                log.append("refund %d" % credit)
                credit = 0
                state = "idle"
            case (s, e):
                log.append("ignored %r in %s" % (e, s))
    return state, credit, log


print(vending([("coin", 25), ("select", 50), ("coin", 50), ("select", 50), ("select", 10), "refund", ("coin", 5), "refund", "kick"]))
