# Loop callbacks run in the hub, which must not wait: a blocking call there raises
# BlockingSwitchOutError, as in gevent; getcurrent() in a callback is the hub.
import gevent
from gevent.event import AsyncResult
from gevent.exceptions import BlockingSwitchOutError

done = AsyncResult()

def callback(tag):
    print("callback", tag, "runs in the hub:", gevent.getcurrent() is gevent.get_hub())
    try:
        gevent.spawn(gevent.sleep, 1).join()
    except BlockingSwitchOutError as e:
        print("BlockingSwitchOutError:", e)
    done.set(tag)

gevent.get_hub().loop.run_callback(callback, "x")
print("result:", done.get())
# expect: callback x runs in the hub: True
# expect: BlockingSwitchOutError: Impossible to call blocking function in the event loop callback
# expect: result: x
