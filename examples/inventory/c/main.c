/* The advanced example: an object, a callback interface implemented in C, typed errors. */
#include <stdio.h>
#include <string.h>

#include "inventory.h"

static InventoryStr str(const char *s) {
    InventoryStr v = {s, strlen(s)};
    return v;
}

typedef struct Log {
    int changes;
    int released;
} Log;

static InventoryStatus on_change(void *user_data, InventoryStr sku, uint32_t quantity) {
    Log *log = user_data;
    log->changes++;
    printf("  observer: %.*s now %u\n", (int)sku.len, sku.ptr, quantity);
    return INVENTORY_OK;
}

static void release(void *user_data) {
    ((Log *)user_data)->released++;
}

static void print_error(InventoryStockError *err) {
    printf("  error: %.*s\n", (int)err->message.len, err->message.ptr);
    if (err->tag == INVENTORY_STOCK_ERROR_INSUFFICIENT) {
        printf("  (only %u available)\n", err->payload.insufficient.available);
    }
    inventory_stock_error_free(err);
}

int main(void) {
    if (inventory_verify_interface() != NULL) return 1;
    InventoryStock stock;
    if (inventory_stock_new(&stock) != INVENTORY_OK) return 1;

    Log log = {0, 0};
    InventoryObserver observer = {&log, on_change, release};
    inventory_stock_observe(stock, observer);

    InventoryString tags[] = {{(char *)"tool", 4, 0}, {(char *)"metal", 5, 0}};
    InventoryItem hammer = {{(char *)"H-1", 3, 0}, {(char *)"Hammer", 6, 0}, 5, {tags, 2, 0}};
    uint32_t quantity;
    printf("add 5 hammers\n");
    inventory_stock_add(stock, hammer, &quantity);

    InventoryStockError err;
    printf("remove 2 hammers\n");
    if (inventory_stock_remove(stock, str("H-1"), 2, &quantity, &err) == INVENTORY_ERROR) print_error(&err);
    printf("remove 9 hammers\n");
    if (inventory_stock_remove(stock, str("H-1"), 9, &quantity, &err) == INVENTORY_ERROR) print_error(&err);
    printf("remove a saw\n");
    if (inventory_stock_remove(stock, str("S-1"), 1, &quantity, &err) == INVENTORY_ERROR) print_error(&err);

    InventoryVecItem metal;
    inventory_stock_tagged(stock, str("metal"), &metal);
    for (size_t i = 0; i < metal.len; i++) {
        printf("tagged metal: %.*s x%u\n", (int)metal.ptr[i].name.len, metal.ptr[i].name.ptr, metal.ptr[i].quantity);
    }
    inventory_vec_item_free(&metal);

    inventory_stock_free(stock);
    printf("observer saw %d changes and was released %d time(s)\n", log.changes, log.released);
    return log.released == 1 ? 0 : 1;
}
