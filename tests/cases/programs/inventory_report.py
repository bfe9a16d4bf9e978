inventory = [
    {"sku": "A100", "name": "Widget", "qty": 12, "price": 2.5, "tags": ["tools", "small"]},
    {"sku": "B200", "name": "Gadget", "qty": 0, "price": 12.99, "tags": ["tech"]},
    {"sku": "C300", "name": "Doohickey", "qty": 7, "price": 0.75, "tags": []},
    {"sku": "D400", "name": "Thingamajig", "qty": 130, "price": 1.05, "tags": ["small", "bulk"]},
]
print(f"{'SKU':<6}{'Name':<14}{'Qty':>5}{'Price':>9}{'Value':>10}  Tags")
total = 0
for item in sorted(inventory, key=lambda i: -i["qty"] * i["price"]):
    value = item["qty"] * item["price"]
    total += value
    tags = ",".join(item["tags"]) or "-"
    flag = " (out of stock)" if item["qty"] == 0 else ""
    print(f"{item['sku']:<6}{item['name']:<14}{item['qty']:>5}{item['price']:>9.2f}{value:>10.2f}  {tags}{flag}")
print(f"{'TOTAL':<34}{total:>10.2f}")
tag_counts = {}
for item in inventory:
    for t in item["tags"]:
        tag_counts[t] = tag_counts.get(t, 0) + item["qty"]
print(sorted(tag_counts.items()))
low = [i["name"] for i in inventory if i["qty"] < 10]
print("low stock:", ", ".join(low))
