// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/**
 * The value a waiting builtin delivered to an awaited call ({@code await sleep(1)}): the wait
 * already happened, so the await just unwraps it. Never escapes the await expression.
 */
public record Awaited(Object value) {}
