# Tutorial 001, async/await: a coroutine driven by hand with send(None). It runs to its end at
# once, so send() raises StopIteration carrying the result, which nothing catches. Unchanged.
#python为了将语义变得更加明确，就引入了async和await关键词用于定义原生的协程
async def downloader(url):
    return "bobby"

# import types
# @types.coroutine  # 装饰器封装为await
# def downloader(url):
#     yield "bobby"

async def download_url(url):
    #dosomethings
    html = await downloader(url)
    return html

if __name__ == "__main__":
    coro = download_url("http://www.imooc.com")
    # next(None)  # 原协程不能如此调用
    coro.send(None)
