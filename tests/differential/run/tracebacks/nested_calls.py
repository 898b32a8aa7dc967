class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds: %d > %d' % (amount, self.balance))
        self.balance -= amount
        return self.balance

def process(account, amounts):
    return [account.withdraw(a) for a in amounts]

def batch(accounts):
    results = {}
    for name, (acct, amounts) in accounts.items():
        results[name] = process(acct, amounts)
    return results

def main():
    accounts = {
        'alice': (Account(100), [10, 20]),
        'bob': (Account(5), [1, 10]),
    }
    return batch(accounts)

print('starting')
main()
