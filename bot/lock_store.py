"""Rasa's Redis lock store, with every change to a conversation's lock made atomically.

Rasa Open Source 3.6's `RedisLockStore` reads a conversation's ticket lock, changes it in Python and
writes it back as separate Redis commands. Two Rasa servers taking messages of one conversation at
the same instant can then both be issued the same ticket (or one can overwrite the other's), both
go ahead, and one of the two turns is lost from the tracker (RasaHQ/rasa#9213; the atomic lock
store exists only in Rasa Pro). Here each read-modify-write of a lock is one Redis transaction
(WATCH/MULTI/EXEC, retried when another server changed the lock in between), so the ticket lock
does what it promises across any number of servers: one message at a time per conversation.

endpoints.production.yml selects it:

    lock_store:
      type: bot.lock_store.AtomicRedisLockStore
      url: ...   (and port, db, password, key_prefix: as for Rasa's `redis` type)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

Result = TypeVar("Result")
# Retries of one change while other servers keep changing the same lock: far more than a
# conversation's messages ever race, and bounded.
MAX_ATTEMPTS = 200


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        # Rasa builds a lock store named by module path from its endpoint configuration.
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url, **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    def _change(
        self,
        conversation_id: str,
        change: Callable[[TicketLock | None], tuple[TicketLock | None, Result]],
    ) -> Result:
        """Apply `change` to the stored lock as one transaction; a returned lock of None deletes
        it. Retried from a fresh read when another server changed the lock meanwhile."""
        import redis

        key = self.key_prefix + conversation_id
        for _ in range(MAX_ATTEMPTS):
            with self.red.pipeline() as pipe:
                try:
                    pipe.watch(key)
                    stored = pipe.get(key)
                    lock = TicketLock.from_dict(json.loads(stored)) if stored else None
                    changed, result = change(lock)
                    pipe.multi()
                    if changed is None:
                        pipe.delete(key)
                    else:
                        pipe.set(key, changed.dumps())
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue
        raise LockError(f"The lock of conversation '{conversation_id}' kept changing.")

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def issue(lock: TicketLock | None) -> tuple[TicketLock, int]:
            lock = lock or TicketLock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._change(conversation_id, issue)
        except LockError:
            raise
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: str) -> None:
        def drop_expired(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is not None:
                lock.remove_expired_tickets()
            return lock, None

        self._change(conversation_id, drop_expired)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        def finish(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
            return lock, None

        self._change(conversation_id, finish)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Give the ticket back, and delete the lock if nobody else holds one: in one step, so a
        ticket issued meanwhile by another server is never deleted with it."""

        def finish(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is None:
                return None, None
            lock.remove_ticket_for(ticket_number)
            return (lock if lock.is_someone_waiting() else None), None

        self._change(conversation_id, finish)
