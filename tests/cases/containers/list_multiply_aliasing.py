row = [0] * 3
board = [row] * 3
board[0][0] = "X"
print(board)
board2 = [[0] * 3 for _ in range(3)]
board2[0][0] = "X"
print(board2)
print(board[0] is board[1], board2[0] is board2[1])
lst = [[]] * 2
lst[0].append(1)
print(lst)
lst[0] = [9]
print(lst)
